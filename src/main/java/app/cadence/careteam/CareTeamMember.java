package app.cadence.careteam;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.cadence.common.Ids;
import app.cadence.staff.Staff;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A period during which a staff member belongs to a client's care team; ending it keeps the row. */
@Entity
@Table(name = "care_team_member")
public class CareTeamMember extends PanacheEntityBase {

    @Id
    public UUID id = Ids.newId();

    @Column(name = "client_id", nullable = false, updatable = false)
    public UUID clientId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id", nullable = false, updatable = false)
    public Staff staff;

    @Column(nullable = false, updatable = false)
    public CareTeamRole role;

    @Column(nullable = false, updatable = false)
    public OffsetDateTime since;

    public OffsetDateTime until;

    @Column(name = "added_by", updatable = false)
    public UUID addedBy;

    @Column(name = "ended_by")
    public UUID endedBy;

    @Version
    public long version;

    public boolean active() {
        return until == null;
    }
}
