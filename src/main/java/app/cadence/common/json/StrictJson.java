package app.cadence.common.json;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * A request body means exactly what its schema says: unknown properties, duplicate keys, trailing
 * content and values of another JSON type (a number for a string, a string for a number or a
 * boolean, a number for a code) are rejected rather than guessed at, and codes match exactly (no
 * trimming, no case folding). Values of the right JSON type that are not valid (an unknown code, an
 * impossible date) are collected, so a request learns about all of them at once
 * ({@link InvalidValuesException}). Responses omit absent values instead of sending nulls.
 */
@Singleton
class StrictJson implements ObjectMapperCustomizer {

    /** Cadence's deepest request is four levels deep; anything far deeper is not one of its requests. */
    static final int MAX_NESTING_DEPTH = 32;
    /** Longer than any number a request may hold (at most 10 integer and 2 fraction digits). */
    static final int MAX_NUMBER_LENGTH = 64;
    /** Request bodies are limited to 1 MiB; this is where a chunked one, of no declared size, is cut off. */
    static final long MAX_DOCUMENT_BYTES = 1024 * 1024;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxDocumentLength(MAX_DOCUMENT_BYTES)
                .build());
        refuseScalarCoercion(mapper);
        mapper.addHandler(new ValueProblems.Handler());
        mapper.registerModule(new SimpleModule("cadence-strict-json").setDeserializerModifier(new StrictDeserializers()));
    }

    /** Each scalar only from its own JSON type; an empty string is not an absent value. */
    private static void refuseScalarCoercion(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType number : new LogicalType[] { LogicalType.Integer, LogicalType.Float }) {
            mapper.coercionConfigFor(number)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        for (LogicalType value : new LogicalType[] { LogicalType.Enum, LogicalType.DateTime, LogicalType.OtherScalar,
            LogicalType.POJO, LogicalType.Collection, LogicalType.Map }) {
            mapper.coercionConfigFor(value).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
    }
}
