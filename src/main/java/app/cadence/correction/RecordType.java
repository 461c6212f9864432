package app.cadence.correction;

/** The kinds of record that can be marked entered-in-error, as stored in entered_in_error.record_type. */
public enum RecordType {
    SESSION("session"),
    GOAL("goal"),
    ASSESSMENT("assessment");

    private final String code;

    RecordType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /**
     * An SQL condition true when the record whose id is {@code idColumn} (e.g. {@code s.id}) is not
     * marked: the one way every list, report and export leaves marked records out.
     */
    public String notMarked(String idColumn) {
        // Leading space: callers append it to text blocks, whose trailing spaces the compiler strips.
        return " not exists (select 1 from entered_in_error eie where eie.record_type = '" + code
                + "' and eie.record_id = " + idColumn + ")";
    }

    /** The same condition in JPQL, for the record whose id is {@code idPath} (e.g. {@code s.id}). */
    public String notMarkedJpql(String idPath) {
        return " not exists (select 1 from Marking eie where eie.recordType = '" + code + "' and eie.recordId = "
                + idPath + ")";
    }
}
