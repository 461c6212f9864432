package app.cadence.session;

import java.util.Optional;

import jakarta.persistence.Converter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.common.persistence.CodedEnum;
import app.cadence.common.persistence.CodedEnumConverter;

/** Why a session did not happen: required for cancelled and no-show sessions, absent otherwise. */
@Schema(name = "CancellationReason", description = "Why a cancelled or no-show session did not happen")
public enum CancellationReason implements CodedEnum {
    @JsonProperty("asleep")
    ASLEEP("asleep"),
    @JsonProperty("procedure")
    PROCEDURE("procedure"),
    @JsonProperty("medical")
    MEDICAL("medical"),
    @JsonProperty("isolation")
    ISOLATION("isolation"),
    @JsonProperty("discharged")
    DISCHARGED("discharged"),
    @JsonProperty("declined")
    DECLINED("declined"),
    @JsonProperty("therapist-unavailable")
    THERAPIST_UNAVAILABLE("therapist-unavailable"),
    @JsonProperty("other")
    OTHER("other");

    private final String code;

    CancellationReason(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** A cancelled or no-show session says why; a scheduled or completed one has no reason. */
    public static Optional<String> problemWith(SessionStatus status, CancellationReason reason) {
        boolean missed = status == SessionStatus.CANCELLED || status == SessionStatus.NO_SHOW;
        if (missed && reason == null) {
            return Optional.of("is required for a " + status.code() + " session");
        }
        if (!missed && reason != null && status != null) {
            return Optional.of("is only given for cancelled and no-show sessions");
        }
        return Optional.empty();
    }

    @Converter(autoApply = true)
    static class DbConverter extends CodedEnumConverter<CancellationReason> {
        DbConverter() {
            super(CancellationReason.class);
        }
    }
}
