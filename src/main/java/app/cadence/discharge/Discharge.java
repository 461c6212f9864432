package app.cadence.discharge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import app.cadence.common.persistence.BaseEntity;

/** The end of a child's course of therapy: why, when, each goal's outcome and what comes next. */
@Entity
@Immutable
@Table(name = "discharge")
public class Discharge extends BaseEntity {

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(nullable = false)
    public DischargeReason reason;

    @Column(name = "reason_detail")
    public String reasonDetail;

    @Column(name = "discharged_on", nullable = false)
    public LocalDate dischargedOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "goal_outcomes", nullable = false)
    public List<RecordedOutcome> goalOutcomes = new ArrayList<>();

    public String recommendations;

    @Column(name = "discharged_by", nullable = false)
    public UUID dischargedBy;
}
