package app.cadence.security;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.common.persistence.CodedEnum;

/** A Cadence role as it appears in request and response bodies. */
public enum Role implements CodedEnum {
    @JsonProperty(Roles.THERAPIST)
    THERAPIST(Roles.THERAPIST),
    @JsonProperty(Roles.CHILD_LIFE_SPECIALIST)
    CHILD_LIFE_SPECIALIST(Roles.CHILD_LIFE_SPECIALIST),
    @JsonProperty(Roles.SUPERVISOR)
    SUPERVISOR(Roles.SUPERVISOR),
    @JsonProperty(Roles.INTEGRATION)
    INTEGRATION(Roles.INTEGRATION);

    private final String code;

    Role(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
