package app.cadence.client;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.cadence.common.persistence.Rows;
import app.cadence.security.ClientReach;

/**
 * A client as the API shows it, read with its identifiers in ONE statement that also decides
 * whether the caller reaches it: no entity is loaded to answer a read.
 */
@ApplicationScoped
class ClientQueries {

    private static final String SELECT = """
            select c.id, c.given_name, c.family_name, c.preferred_name, c.birth_date, c.facility, c.unit,
                   c.guardians::text, c.music_preferences::text, c.precautions, c.status, c.created_at, c.updated_at,
                   c.version,
                   coalesce((select json_agg(json_build_object('system', i.system, 'value', i.value))
                             from client_identifier i where i.client_id = c.id), '[]')::text
            from client c
            where c.id = :client and\s""";

    private static final TypeReference<List<Guardian>> GUARDIANS = new TypeReference<>() {
    };
    private static final TypeReference<List<Identifier>> IDENTIFIERS = new TypeReference<>() {
    };
    private static final ClientStatus.DbConverter STATUS = new ClientStatus.DbConverter();
    private static final Comparator<Identifier> IDENTIFIER_ORDER = Comparator.comparing(Identifier::system)
            .thenComparing(Identifier::value);

    private final EntityManager em;
    private final ObjectMapper json;

    ClientQueries(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** The client, if it exists and is within the reach given. */
    Optional<ClientView> reached(UUID clientId, ClientReach reach) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reach.bind(em.createNativeQuery(SELECT + reach.condition("c.id")))
                .setParameter("client", clientId)
                .getResultList();
        return rows.stream().findFirst().map(this::view);
    }

    private ClientView view(Object[] row) {
        List<Identifier> identifiers = parse((String) row[14], IDENTIFIERS).stream().sorted(IDENTIFIER_ORDER).toList();
        ClientResponse body = new ClientResponse((UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                localDate(row[4]), (String) row[5], (String) row[6], identifiers, parse((String) row[7], GUARDIANS),
                parse((String) row[8], MusicPreferences.class), (String) row[9],
                STATUS.convertToEntityAttribute((String) row[10]), Rows.time(row[11]), Rows.time(row[12]));
        return new ClientView(body, ((Number) row[13]).longValue());
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private <T> T parse(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A client column is not the JSON Cadence stores", e);
        }
    }

    private <T> T parse(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A client column is not the JSON Cadence stores", e);
        }
    }
}
