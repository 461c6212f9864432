package app.cadence.groupsession;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import app.cadence.common.persistence.BaseEntity;
import app.cadence.session.CoTreatment;
import app.cadence.session.InterventionUse;
import app.cadence.session.SessionSetting;

/**
 * What the participants of a group session share, entered once: when, where, what was done and who
 * led it. Each participant's own record is a session of theirs (session.group_session_id), which
 * follows that child's care team; this row names no child.
 */
@Entity
@Table(name = "group_session")
public class GroupSession extends BaseEntity {

    @Column(name = "created_by", nullable = false, updatable = false)
    public UUID createdBy;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at")
    public OffsetDateTime endsAt;

    /** The offsets (seconds) start and end were sent with, which reads give back. */
    @Column(name = "starts_at_offset")
    public Integer startsAtOffset;

    @Column(name = "ends_at_offset")
    public Integer endsAtOffset;

    @Column(nullable = false)
    public SessionSetting setting;

    /** The facilitating therapists, the creator first. */
    @ElementCollection
    @CollectionTable(name = "group_session_facilitator", joinColumns = @JoinColumn(name = "group_session_id"))
    @Column(name = "staff_id", nullable = false)
    @OrderColumn(name = "position")
    public List<UUID> facilitators = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "group_session_intervention", joinColumns = @JoinColumn(name = "group_session_id"))
    @OrderColumn(name = "position")
    public List<InterventionUse> interventions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "group_session_co_treater", joinColumns = @JoinColumn(name = "group_session_id"))
    @OrderColumn(name = "position")
    public List<CoTreatment> coTreaters = new ArrayList<>();
}
