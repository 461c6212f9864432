package app.cadence.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import app.cadence.common.persistence.BaseEntity;

/** A child referred to the music therapy program. Never deleted: mistakes become entered-in-error. */
@Entity
@Table(name = "client")
public class Client extends BaseEntity {

    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Column(name = "preferred_name")
    public String preferredName;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    public String facility;

    public String unit;

    /** Loaded for a whole page of clients in one statement rather than one per client. */
    @ElementCollection
    @CollectionTable(name = "client_identifier", joinColumns = @JoinColumn(name = "client_id"))
    @BatchSize(size = 128)
    public Set<Identifier> identifiers = new LinkedHashSet<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Guardian> guardians = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "music_preferences", nullable = false)
    public MusicPreferences musicPreferences = MusicPreferences.none();

    public String precautions;

    @Column(nullable = false)
    public ClientStatus status = ClientStatus.REFERRED;

    @Column(name = "created_by", updatable = false)
    public UUID createdBy;
}
