package app.cadence.referral;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Generated;

import app.cadence.careteam.CareTeamRole;
import app.cadence.client.Client;
import app.cadence.client.ClientStatus;
import app.cadence.common.persistence.BaseEntity;
import app.cadence.staff.Staff;

/** A request that a music therapist see a child, and the decision taken on it. */
@Entity
@Table(name = "referral")
public class Referral extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false, updatable = false)
    public Client client;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referred_by", nullable = false, updatable = false)
    public Staff referredBy;

    @Convert(converter = ReasonListConverter.class)
    @Column(nullable = false, updatable = false)
    public List<ReferralReason> reasons;

    @Column(nullable = false, updatable = false)
    public ReferralPriority priority;

    /** Computed by the database from the priority; the queue is ordered by it. */
    @Generated
    @Column(name = "priority_rank", insertable = false, updatable = false)
    public short priorityRank;

    @Column(updatable = false)
    public String notes;

    @Column(nullable = false)
    public ReferralStatus status = ReferralStatus.PENDING;

    @Column(name = "client_status_at_referral", nullable = false, updatable = false)
    public ClientStatus clientStatusAtReferral;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by")
    public Staff decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decline_reason")
    public String declineReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_therapist_id")
    public Staff assignedTherapist;

    @Column(name = "assigned_role")
    public CareTeamRole assignedRole;

    public boolean pending() {
        return status == ReferralStatus.PENDING;
    }
}
