package app.cadence.support;

/** Facility records for tests, made by SQL so a fixture needs no program lead. */
public final class Facilities {

    private Facilities() {
    }

    /** Makes sure the facility exists (in the test program's time zone); returns its code. */
    public static String ensure(String code) {
        return ensure(code, "America/New_York");
    }

    public static String ensure(String code, String timeZone) {
        Sql.execute("insert into facility (code, name, time_zone) values (?, ?, ?) on conflict (code) do nothing",
                code, code, timeZone);
        return code;
    }
}
