package app.cadence.client;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import app.cadence.common.validation.CleanInput;

/** What the child likes to hear and play; therapists build interventions from it. */
@Schema(name = "MusicPreferences")
@CleanInput
public record MusicPreferences(
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> genres,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> songs,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> instruments) {

    public static MusicPreferences none() {
        return new MusicPreferences(List.of(), List.of(), List.of());
    }

    /** Absent lists are stored as empty ones so readers never meet null. */
    public MusicPreferences normalized() {
        return new MusicPreferences(orEmpty(genres), orEmpty(songs), orEmpty(instruments));
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
