package app.cadence.staff;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import app.cadence.common.persistence.BaseEntity;

/** A person or system account known to Cadence, keyed by its OIDC subject. */
@Entity
@Table(name = "staff")
public class Staff extends BaseEntity {

    @Column(nullable = false, updatable = false)
    public String subject;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    public String email;

    /** Professional credentials as shown on signed documents, e.g. "MT-BC" or "CCLS". */
    public String credentials;

    /** The Cadence roles last seen in this person's token (or set when pre-provisioned). */
    @Column(nullable = false)
    public String[] roles = new String[0];

    @Column(nullable = false)
    public boolean active = true;

    /** An intern: the notes they sign await a supervising therapist's co-signature. */
    @Column(name = "requires_cosignature", nullable = false)
    public boolean requiresCosignature;

    /** Board-certified therapists who, besides supervisors, may co-sign this person's notes. */
    @Column(name = "supervising_therapist_ids", nullable = false)
    public UUID[] supervisingTherapistIds = new UUID[0];

    public boolean supervisedBy(UUID staffId) {
        return Arrays.asList(supervisingTherapistIds).contains(staffId);
    }

    /**
     * The facilities this person works at (codes), which place a caller whose token carries no
     * facility claim. Loaded with the record (responses are built after the transaction), a page's
     * worth of staff in one statement.
     */
    @jakarta.persistence.ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @jakarta.persistence.CollectionTable(name = "staff_facility", joinColumns = @jakarta.persistence.JoinColumn(name = "staff_id"))
    @Column(name = "facility_code")
    @org.hibernate.annotations.BatchSize(size = 100)
    public java.util.Set<String> facilities = new TreeSet<>();

    public static Optional<Staff> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }

    public Set<String> roleSet() {
        return new TreeSet<>(Arrays.asList(roles));
    }

    public boolean holds(String role) {
        return Arrays.asList(roles).contains(role);
    }
}
