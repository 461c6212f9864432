package app.cadence.careteam;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.common.persistence.CodedEnum;
import app.cadence.common.persistence.CodedEnumConverter;
import app.cadence.security.Roles;

/** The part a person plays on a child's care team, and the staff role it requires. */
public enum CareTeamRole implements CodedEnum {
    @JsonProperty("primary-therapist")
    PRIMARY_THERAPIST("primary-therapist", Roles.THERAPIST),
    @JsonProperty("therapist")
    THERAPIST("therapist", Roles.THERAPIST),
    @JsonProperty("child-life-specialist")
    CHILD_LIFE_SPECIALIST("child-life-specialist", Roles.CHILD_LIFE_SPECIALIST);

    private final String code;
    private final String requiredStaffRole;

    CareTeamRole(String code, String requiredStaffRole) {
        this.code = code;
        this.requiredStaffRole = requiredStaffRole;
    }

    @Override
    public String code() {
        return code;
    }

    public String requiredStaffRole() {
        return requiredStaffRole;
    }

    @Converter(autoApply = true)
    static class DbConverter extends CodedEnumConverter<CareTeamRole> {
        DbConverter() {
            super(CareTeamRole.class);
        }
    }
}
