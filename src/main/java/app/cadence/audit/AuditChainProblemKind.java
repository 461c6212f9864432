package app.cadence.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.common.persistence.CodedEnum;

@Schema(name = "AuditChainProblemKind", description = """
        altered: the event's content no longer matches its seal. missing: a sealed event is gone. \
        broken-chain: seals are missing or were recomputed from this position on. unsealed: an event \
        that appeared behind the sealer's back (e.g. inserted with a past time). genesis-changed: events \
        from before the chain began were added or removed.""")
public enum AuditChainProblemKind implements CodedEnum {
    @JsonProperty("altered")
    ALTERED("altered"),
    @JsonProperty("missing")
    MISSING("missing"),
    @JsonProperty("broken-chain")
    BROKEN_CHAIN("broken-chain"),
    @JsonProperty("unsealed")
    UNSEALED("unsealed"),
    @JsonProperty("genesis-changed")
    GENESIS_CHANGED("genesis-changed");

    private final String code;

    AuditChainProblemKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
