package app.cadence.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import app.cadence.security.ClientReach;

/**
 * The client list query, in name order with keyset paging. Whatever the page size it is one
 * statement for the clients and one for their identifiers (batch-fetched), and a deep page costs
 * what the first does: it seeks to the last row shown through the name index instead of counting
 * past rows with OFFSET.
 */
@ApplicationScoped
class ClientSearch {

    private static final int MAX_NAME_TERMS = 5;

    private final EntityManager em;

    ClientSearch(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    List<Client> find(ClientFilter filter, ClientReach reach, Optional<UUID> after, int fetchSize) {
        StringBuilder sql = new StringBuilder("select c.* from client c where ").append(reach.condition("c.id", "c.facility"));
        Map<String, Object> parameters = new HashMap<>();
        if (filter.status != null) {
            sql.append(" and c.status = :status");
            parameters.put("status", filter.status.code());
        }
        List<String> terms = nameTerms(filter.q);
        for (int i = 0; i < terms.size(); i++) {
            String name = "term" + i;
            sql.append(" and (lower(c.given_name) like :%1$s escape '\\' or lower(c.family_name) like :%1$s escape '\\'"
                    .formatted(name))
                    .append(" or lower(coalesce(c.preferred_name, '')) like :%s escape '\\')".formatted(name));
            parameters.put(name, "%" + escapeLike(terms.get(i)) + "%");
        }
        if (filter.identifier != null) {
            int bar = filter.identifier.indexOf('|');
            sql.append(" ").append("""
                     and c.id in (select i.client_id from client_identifier i
                                  where i.system = :system and i.value = :value)""");
            parameters.put("system", filter.identifier.substring(0, bar));
            parameters.put("value", filter.identifier.substring(bar + 1));
        }
        after.ifPresent(id -> {
            sql.append(" ").append("""
                     and (lower(c.family_name), lower(c.given_name), c.id) >
                         (select lower(x.family_name), lower(x.given_name), x.id from client x where x.id = :after)""");
            parameters.put("after", id);
        });
        sql.append(" order by lower(c.family_name), lower(c.given_name), c.id limit :limit");
        parameters.put("limit", fetchSize);

        Query query = reach.bind(em.createNativeQuery(sql.toString(), Client.class));
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static List<String> nameTerms(String q) {
        List<String> terms = new ArrayList<>();
        if (q != null) {
            for (String term : q.trim().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
                if (!term.isEmpty() && terms.size() < MAX_NAME_TERMS) {
                    terms.add(term);
                }
            }
        }
        return terms;
    }

    private static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
