package app.cadence.fhir;

import jakarta.inject.Singleton;

import ca.uhn.fhir.context.FhirContext;

/**
 * HAPI's FHIR R4 context, built once: it scans the model classes it meets and caches what it
 * learns, which is expensive, and is thread-safe. Parsers are cheap and not thread-safe, so each
 * serialisation takes a new one.
 */
@Singleton
public class FhirJson {

    public static final String MEDIA_TYPE = "application/fhir+json";

    private final FhirContext context = FhirContext.forR4();

    public FhirContext context() {
        return context;
    }
}
