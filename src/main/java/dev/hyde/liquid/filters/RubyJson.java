package dev.hyde.liquid.filters;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

import liqp.TemplateContext;

/**
 * Ruby's {@code to_json} for template data: values are first reduced to what Liquid sees
 * ({@code as_liquid}), then written compactly by Jackson with Ruby's number and escape forms.
 */
final class RubyJson {

    private static final ObjectMapper MAPPER = createMapper();

    private RubyJson() {
    }

    static String write(Object value, TemplateContext context) throws JsonProcessingException {
        return MAPPER.writeValueAsString(asLiquid(value, context, context.getParser().defaultTimeZone));
    }

    /** Plain maps, lists, strings, numbers and booleans; anything else is written as its text. */
    private static Object asLiquid(Object value, TemplateContext context, ZoneId zone) {
        Object data = LiquidData.toLiquid(value, context);
        if (data == null || data instanceof Boolean || data instanceof CharSequence || data instanceof Number) {
            return data instanceof CharSequence ? data.toString() : data;
        }
        if (data instanceof Map) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) data).entrySet()) {
                object.put(RubyText.toS(entry.getKey(), zone), asLiquid(entry.getValue(), context, zone));
            }
            return object;
        }
        List<Object> elements = LiquidData.elements(data);
        if (elements != null) {
            List<Object> array = new ArrayList<>(elements.size());
            for (Object element : elements) {
                array.add(asLiquid(element, context, zone));
            }
            return array;
        }
        // Times, dates and other objects: Ruby's generic to_json writes their to_s as a string.
        return RubyText.toS(data, zone);
    }

    private static ObjectMapper createMapper() {
        SimpleModule numbers = new SimpleModule();
        numbers.addSerializer(Double.class, new FloatSerializer<>());
        numbers.addSerializer(Float.class, new FloatSerializer<>());
        numbers.addSerializer(BigDecimal.class, new FloatSerializer<>());
        ObjectMapper mapper = new ObjectMapper();
        mapper.registerModule(numbers);
        mapper.getFactory().setCharacterEscapes(new RubyEscapes());
        return mapper;
    }

    /** Floats as Ruby prints them: {@code 1.0}, {@code 1.0e+20}; non-finite values become null. */
    private static final class FloatSerializer<T extends Number> extends JsonSerializer<T> {
        @Override
        public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            double number = value.doubleValue();
            if (Double.isFinite(number)) {
                generator.writeNumber(RubyFloat.format(number));
            } else {
                generator.writeNull();
            }
        }
    }

    /** Ruby writes control characters as lower-case {@code \u001f}; Jackson would use upper case. */
    private static final class RubyEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] codes = standardAsciiEscapesForJSON();

        RubyEscapes() {
            for (int c = 0; c < 0x20; c++) {
                if (codes[c] == ESCAPE_STANDARD) {
                    codes[c] = ESCAPE_CUSTOM;
                }
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return codes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // Only control characters are escaped; Ruby writes other characters as they are.
            return ch < 0x20 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
