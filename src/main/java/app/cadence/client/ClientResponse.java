package app.cadence.client;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import app.cadence.common.Identified;

@Schema(name = "Client")
public record ClientResponse(
        UUID id,
        String givenName,
        String familyName,
        String preferredName,
        LocalDate birthDate,
        String facility,
        String unit,
        List<Identifier> identifiers,
        List<Guardian> guardians,
        MusicPreferences musicPreferences,
        String precautions,
        ClientStatus status,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) implements Identified {

    static ClientResponse of(Client client) {
        List<Identifier> identifiers = client.identifiers.stream()
                .sorted(Comparator.comparing(Identifier::system).thenComparing(Identifier::value))
                .toList();
        return new ClientResponse(client.id, client.givenName, client.familyName, client.preferredName,
                client.birthDate, client.facility, client.unit, identifiers, List.copyOf(client.guardians),
                client.musicPreferences, client.precautions, client.status, client.createdAt, client.updatedAt);
    }

    /** A client record is its own client, for the audit trail; not part of the JSON. */
    @Override
    @JsonIgnore
    public UUID clientId() {
        return id;
    }
}
