package app.cadence.security;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A membership of a client's care team that has not ended, read from the view of V12, which is the
 * only place the rule is written. Queries use the fragments below instead of spelling the rule out.
 */
@Entity
@Immutable
@Table(name = "active_care_team_member")
public class ActiveCareTeamMember {

    @Id
    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "staff_id")
    public UUID staffId;

    public String subject;

    /** JPQL: the staff member with this subject is on the active care team of the client. */
    public static String jpql(String clientId, String subject) {
        return "exists (select 1 from ActiveCareTeamMember a where a.clientId = " + clientId + " and a.subject = " + subject + ")";
    }

    /** SQL: the staff member with this subject is on the active care team of the client. */
    public static String sql(String clientId, String subject) {
        return "exists (select 1 from active_care_team_member a where a.client_id = " + clientId
                + " and a.subject = " + subject + ")";
    }
}
