package app.cadence.assessment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import app.cadence.common.persistence.BaseEntity;

/** A music therapy assessment of a client's strengths and needs per domain; read-only once final. */
@Entity
@Table(name = "assessment")
public class Assessment extends BaseEntity {

    @Column(name = "client_id", nullable = false, updatable = false)
    public UUID clientId;

    @Column(name = "therapist_id", nullable = false, updatable = false)
    public UUID therapistId;

    @Column(name = "assessed_on", nullable = false)
    public LocalDate assessedOn;

    @Column(nullable = false)
    public AssessmentKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Finding> findings = new ArrayList<>();

    public String summary;

    public String recommendations;

    @Column(nullable = false)
    public AssessmentStatus status = AssessmentStatus.DRAFT;

    @Column(name = "finalized_at")
    public OffsetDateTime finalizedAt;

    @Column(name = "finalized_by")
    public UUID finalizedBy;
}
