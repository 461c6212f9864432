package app.cadence.facility;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import app.cadence.support.Facilities;

/** Two facilities of their own, a client in each and one in none, made by a caller who reaches them all. */
final class FacilityWorld {

    final String here = Facilities.ensure("H" + code(), "America/New_York");
    final String there = Facilities.ensure("T" + code(), "America/Los_Angeles");
    final String familyName = "Facility" + code().substring(0, 8).toLowerCase(java.util.Locale.ROOT);
    /** A program lead: "*" at the default claim path and at the one FacilityClaimPathTest configures. */
    final Api lead = Api.as("lead-" + UUID.randomUUID(), Map.of("facilities", List.of("*"),
            "hospital", Map.of("facility_codes", List.of("*"))), "supervisor");
    final Map<String, Object> hereBody = child(here);
    final Map<String, Object> thereBody = child(there);
    final String hereClient = Clients.create(lead, hereBody);
    final String thereClient = Clients.create(lead, thereBody);
    final String nowhereClient = Clients.create(lead, child(null));

    /** A caller of the role whose token names only these facilities. */
    static Api limitedTo(String role, String... facilities) {
        return Api.as(role + "-" + UUID.randomUUID(), Map.of("facilities", List.of(facilities)), role);
    }

    private Map<String, Object> child(String facility) {
        Map<String, Object> body = Clients.child("Ada", familyName);
        body.put("facility", facility);
        body.put("status", "active");
        return body;
    }

    @SuppressWarnings("unchecked")
    static String mrn(Map<String, Object> body) {
        Map<String, Object> identifier = ((List<Map<String, Object>>) body.get("identifiers")).get(0);
        return identifier.get("system") + "|" + identifier.get("value");
    }

    private static String code() {
        return UUID.randomUUID().toString().replace("-", "").toUpperCase(java.util.Locale.ROOT).substring(0, 12);
    }
}
