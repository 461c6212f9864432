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
import app.cadence.security.ActiveCareTeamMember;
import app.cadence.security.Caller;
import app.cadence.security.Scope;
import app.cadence.session.SessionKind;
import app.cadence.session.SessionSetting;
import app.cadence.session.SessionStatus;

/**
 * A day's sessions, in one statement. A therapist's day holds the sessions they run, facilitate
 * (a group session) or co-treat, of clients on their care team; a supervisor's holds every session
 * of the day. Cancelled and no-show sessions are not on it, nor clients entered in error. The day's
 * boundaries, and the times shown, are the program's time zone.
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
        boolean own = access.require(Action.READ_AGENDA) == Scope.CARE_TEAM;
        ZoneId zone = programTime.timeZone();
        LocalDate day = request.day() == null ? LocalDate.now(zone) : request.day();
        StringBuilder sql = new StringBuilder("""
                select s.id, s.client_id, c.given_name || ' ' || c.family_name, s.starts_at, s.ends_at, s.setting, s.kind,
                       s.status, s.therapist_id, s.group_session_id
                from session s join client c on c.id = s.client_id
                where s.starts_at >= :start and s.starts_at < :end
                  and s.status in ('scheduled', 'completed') and c.status <> 'entered-in-error'
                  and not exists (select 1 from entered_in_error eie where eie.record_type = 'session' and eie.record_id = s.id)""");
        if (own) {
            sql.append("""
                     and (s.therapist_id = (select st.id from staff st where st.subject = :subject)
                          or exists (select 1 from group_session_facilitator f join staff st on st.id = f.staff_id
                                     where f.group_session_id = s.group_session_id and st.subject = :subject)
                          or exists (select 1 from session_co_treater t join staff st on st.id = t.staff_id
                                     where t.session_id = s.id and st.subject = :subject))""")
                    .append(" and ").append(ActiveCareTeamMember.sql("s.client_id", ":subject"));
        }
        sql.append(" order by s.starts_at, s.id limit :limit");
        Query query = em.createNativeQuery(sql.toString())
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

    private static AgendaEntry entry(Object[] row, ZoneId zone) {
        return new AgendaEntry((UUID) row[0], (UUID) row[1], (String) row[2], local(row[3], zone), local(row[4], zone),
                CodedEnum.fromCode(SessionSetting.class, (String) row[5]), CodedEnum.fromCode(SessionKind.class, (String) row[6]),
                CodedEnum.fromCode(SessionStatus.class, (String) row[7]), (UUID) row[8], (UUID) row[9]);
    }

    /** The instant with the program's offset of that moment, as staff of the program read their day. */
    private static OffsetDateTime local(Object value, ZoneId zone) {
        if (value == null) {
            return null;
        }
        Instant instant = value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value;
        return instant.atZone(zone).toOffsetDateTime();
    }
}
