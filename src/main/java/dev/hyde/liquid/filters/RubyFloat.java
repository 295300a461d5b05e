package dev.hyde.liquid.filters;

import java.math.BigDecimal;

/** Formats floating point numbers the way Ruby's {@code Float#to_s} does, e.g. {@code 1.0e+16}. */
final class RubyFloat {

    /** Ruby switches to exponent notation above this decimal exponent (DBL_DIG + 1). */
    private static final int MAX_FIXED_EXPONENT = 16;
    /** ... and at or below this one. */
    private static final int MIN_FIXED_EXPONENT = -4;

    private RubyFloat() {
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        BigDecimal decimal = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
        String digits = decimal.unscaledValue().toString();
        // value == 0.<digits> * 10^exponent
        int exponent = digits.length() - decimal.scale();
        StringBuilder out = new StringBuilder(value < 0 ? "-" : "");
        if (exponent > MAX_FIXED_EXPONENT || exponent <= MIN_FIXED_EXPONENT) {
            out.append(digits.charAt(0)).append('.');
            out.append(digits.length() > 1 ? digits.substring(1) : "0");
            int shown = exponent - 1;
            out.append('e').append(shown < 0 ? '-' : '+');
            String magnitude = Integer.toString(Math.abs(shown));
            out.append(magnitude.length() < 2 ? "0" + magnitude : magnitude);
        } else if (exponent <= 0) {
            out.append("0.").append("0".repeat(-exponent)).append(digits);
        } else if (exponent >= digits.length()) {
            out.append(digits).append("0".repeat(exponent - digits.length())).append(".0");
        } else {
            out.append(digits, 0, exponent).append('.').append(digits.substring(exponent));
        }
        return out.toString();
    }
}
