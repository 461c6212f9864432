package app.cadence.common.persistence;

/** An enum whose stable code is both its JSON value and its database value. */
public interface CodedEnum {
    String code();
}
