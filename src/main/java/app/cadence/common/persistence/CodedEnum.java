package app.cadence.common.persistence;

/** An enum whose stable code is both its JSON value and its database value. */
public interface CodedEnum {
    String code();

    /** The constant with this code, e.g. a code read by a native query; null for null. */
    static <E extends Enum<E> & CodedEnum> E fromCode(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return constant;
            }
        }
        throw new IllegalStateException("Unknown " + type.getSimpleName() + " code in the database");
    }
}
