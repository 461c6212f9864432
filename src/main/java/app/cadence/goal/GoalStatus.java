package app.cadence.goal;

import java.util.Map;
import java.util.Set;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.common.persistence.CodedEnum;
import app.cadence.common.persistence.CodedEnumConverter;

/** A goal's lifecycle: proposed → active ⇄ on-hold → achieved or discontinued. */
public enum GoalStatus implements CodedEnum {
    @JsonProperty("proposed")
    PROPOSED("proposed"),
    @JsonProperty("active")
    ACTIVE("active"),
    @JsonProperty("on-hold")
    ON_HOLD("on-hold"),
    @JsonProperty("achieved")
    ACHIEVED("achieved"),
    @JsonProperty("discontinued")
    DISCONTINUED("discontinued");

    /**
     * Changes that make clinical sense. Achieved and discontinued are outcomes: a child who
     * regresses gets a new goal, so the record of what was achieved stays true.
     */
    private static final Map<GoalStatus, Set<GoalStatus>> NEXT = Map.of(
            PROPOSED, Set.of(ACTIVE, DISCONTINUED),
            ACTIVE, Set.of(ON_HOLD, ACHIEVED, DISCONTINUED),
            ON_HOLD, Set.of(ACTIVE, ACHIEVED, DISCONTINUED),
            ACHIEVED, Set.of(),
            DISCONTINUED, Set.of());

    private final String code;

    GoalStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean canBecome(GoalStatus next) {
        return this == next || NEXT.get(this).contains(next);
    }

    /** Whether the goal is finished; open goals get a status at discharge. */
    public boolean closed() {
        return this == ACHIEVED || this == DISCONTINUED;
    }

    @Converter(autoApply = true)
    static class DbConverter extends CodedEnumConverter<GoalStatus> {
        DbConverter() {
            super(GoalStatus.class);
        }
    }
}
