package app.cadence.client;

import java.util.Map;
import java.util.Set;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.common.persistence.CodedEnum;
import app.cadence.common.persistence.CodedEnumConverter;

/** Where a child is in the program: referred → active ⇄ on-hold → discharged, or entered-in-error. */
public enum ClientStatus implements CodedEnum {
    @JsonProperty("referred")
    REFERRED("referred"),
    @JsonProperty("active")
    ACTIVE("active"),
    @JsonProperty("on-hold")
    ON_HOLD("on-hold"),
    @JsonProperty("discharged")
    DISCHARGED("discharged"),
    @JsonProperty("entered-in-error")
    ENTERED_IN_ERROR("entered-in-error");

    /**
     * Changes a client update may make. Discharge has its own operation (it records reasons and
     * goal outcomes), a discharged child returns through a new referral, and entered-in-error is final.
     */
    private static final Map<ClientStatus, Set<ClientStatus>> UPDATES = Map.of(
            REFERRED, Set.of(ACTIVE, ENTERED_IN_ERROR),
            ACTIVE, Set.of(ON_HOLD, ENTERED_IN_ERROR),
            ON_HOLD, Set.of(ACTIVE, ENTERED_IN_ERROR),
            DISCHARGED, Set.of(ENTERED_IN_ERROR),
            ENTERED_IN_ERROR, Set.of());

    private final String code;

    ClientStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean canBecome(ClientStatus next) {
        return this == next || UPDATES.get(this).contains(next);
    }

    @Converter(autoApply = true)
    static class DbConverter extends CodedEnumConverter<ClientStatus> {
        DbConverter() {
            super(ClientStatus.class);
        }
    }
}
