package app.cadence.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import app.cadence.common.persistence.CodedEnum;
import app.cadence.common.time.ProgramTime;
import app.cadence.security.AccessPolicy;
import app.cadence.security.Action;
import app.cadence.security.ClientReach;
import app.cadence.security.FacilityScope;
import app.cadence.security.Caller;
import app.cadence.session.SessionKind;
import app.cadence.session.SessionSetting;
import app.cadence.session.SessionStatus;

/**
 * A day's sessions, in one statement. A therapist's day holds the sessions they run, facilitate
 * (a group session) or co-treat, of clients on their care team; a supervisor's holds every session
 * of the day. Cancelled and no-show sessions are not on it, nor clients entered in error. The day is
 * reckoned in the time zone of the caller's facility when their token or staff record names exactly
 * one, else in the program's; each session's times are shown in its client's facility time zone (the
 * program's for a client without a facility), as the staff there read their clocks.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AgendaService {

    static final int MAX_ENTRIES = 200;

    private final EntityManager em;
    private final AccessPolicy access;
    private final Caller caller;
    private final ProgramTime programTime;

    AgendaService(EntityManager em, AccessPolicy access, Caller caller, ProgramTime programTime) {
        this.em = em;
        this.access = access;
        this.caller = caller;
        this.programTime = programTime;
    }

    public Agenda day(AgendaDay request) {
        ClientReach reach = access.listReach(Action.READ_AGENDA);
        boolean own = !reach.everyone();
        ZoneId zone = callerZone();
        LocalDate day = request.day() == null ? LocalDate.now(zone) : request.day();
        StringBuilder sql = new StringBuilder("""
                select s.id, s.client_id, c.given_name || ' ' || c.family_name, s.starts_at, s.ends_at, s.setting, s.kind,
                       s.status, s.therapist_id, s.group_session_id, f.time_zone
                from session s join client c on c.id = s.client_id left join facility f on f.code = c.facility
                where s.starts_at >= :start and s.starts_at < :end
                  and s.status in ('scheduled', 'completed') and c.status <> 'entered-in-error'
                  and not exists (select 1 from entered_in_error eie where eie.record_type = 'session' and eie.record_id = s.id)""");
        if (own) {
            sql.append("""
                     and (s.therapist_id = (select st.id from staff st where st.subject = :subject)
                          or exists (select 1 from group_session_facilitator f join staff st on st.id = f.staff_id
                                     where f.group_session_id = s.group_session_id and st.subject = :subject)
                          or exists (select 1 from session_co_treater t join staff st on st.id = t.staff_id
                                     where t.session_id = s.id and st.subject = :subject))""");
        }
        if (!reach.unlimited()) {
            // The care team (a therapist) and the caller's facilities (everyone).
            sql.append(" and ").append(reach.condition("s.client_id", "c.facility"));
        }
        sql.append(" order by s.starts_at, s.id limit :limit");
        Query query = reach.bind(em.createNativeQuery(sql.toString()))
                .setParameter("start", day.atStartOfDay(zone).toOffsetDateTime())
                .setParameter("end", day.plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                .setParameter("limit", MAX_ENTRIES + 1);
        if (own) {
            query.setParameter("subject", caller.subject());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        boolean truncated = rows.size() > MAX_ENTRIES;
        List<AgendaEntry> items = rows.stream().limit(MAX_ENTRIES).map(row -> entry(row, zone)).toList();
        return new Agenda(day, zone.getId(), items, truncated);
    }

    /** The zone of the caller's one facility, or the program's. */
    private ZoneId callerZone() {
        FacilityScope facilities = access.facilityScope();
        if (facilities.kind() == FacilityScope.Kind.CODES && facilities.codes().size() == 1) {
            List<?> zones = em.createNativeQuery("select time_zone from facility where code = :code")
                    .setParameter("code", facilities.codes().get(0)).getResultList();
            if (!zones.isEmpty()) {
                return ZoneId.of((String) zones.get(0));
            }
        }
        return programTime.timeZone();
    }

    private static AgendaEntry entry(Object[] row, ZoneId programZone) {
        ZoneId zone = row[10] == null ? programZone : ZoneId.of((String) row[10]);
        return new AgendaEntry((UUID) row[0], (UUID) row[1], (String) row[2], local(row[3], zone), local(row[4], zone),
                CodedEnum.fromCode(SessionSetting.class, (String) row[5]), CodedEnum.fromCode(SessionKind.class, (String) row[6]),
                CodedEnum.fromCode(SessionStatus.class, (String) row[7]), (UUID) row[8], (UUID) row[9]);
    }

    /** The instant with the offset the zone had at that moment. */
    private static OffsetDateTime local(Object value, ZoneId zone) {
        if (value == null) {
            return null;
        }
        Instant instant = value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value;
        return instant.atZone(zone).toOffsetDateTime();
    }
}
