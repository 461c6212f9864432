package app.cadence.fhir;

import java.util.List;

import org.hl7.fhir.common.hapi.validation.support.CachingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;

/**
 * HAPI's instance validator, offline: the FHIR R4 core definitions and value sets, HL7's common
 * code systems (languages, MIME types, UCUM...), an in-memory terminology service that expands and
 * checks what those define, and Cadence's own code systems. SNOMED CT and LOINC are not available
 * offline: the validator says so as a warning or information for each such code, never as an error.
 */
final class FhirValidation {

    private final FhirValidator validator;

    FhirValidation(FhirContext context, List<CodeSystem> cadenceCodeSystems) {
        PrePopulatedValidationSupport cadence = new PrePopulatedValidationSupport(context);
        cadenceCodeSystems.forEach(cadence::addCodeSystem);
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(context),
                new SnapshotGeneratingValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context),
                new InMemoryTerminologyServerValidationSupport(context),
                cadence);
        validator = context.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(new CachingValidationSupport(chain)));
    }

    List<SingleValidationMessage> validate(IBaseResource resource) {
        ValidationResult result = validator.validateWithResult(resource);
        return result.getMessages();
    }

    static boolean isError(SingleValidationMessage message) {
        return message.getSeverity() == ResultSeverityEnum.ERROR || message.getSeverity() == ResultSeverityEnum.FATAL;
    }
}
