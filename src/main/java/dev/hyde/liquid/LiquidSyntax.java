package dev.hyde.liquid;

import liqp.Insertion;
import liqp.TemplateParser;
import liqp.blocks.Block;
import liqp.exceptions.LiquidException;
import liqp.org.antlr.v4.runtime.BaseErrorListener;
import liqp.org.antlr.v4.runtime.CharStreams;
import liqp.org.antlr.v4.runtime.CommonTokenStream;
import liqp.org.antlr.v4.runtime.RecognitionException;
import liqp.org.antlr.v4.runtime.Recognizer;
import liqp.org.antlr.v4.runtime.Token;
import liqp.org.antlr.v4.runtime.atn.PredictionMode;
import liquid.parser.v4.LiquidLexer;
import liquid.parser.v4.LiquidParser;

import java.util.HashSet;
import java.util.Set;

/**
 * Liqp's lexer and parser, run the way Liqp's {@code Template} runs them, but with
 * {@link HyphenatedNames} as the lexer, and able to read a lone expression (an include
 * parameter's variable). Liqp builds its lexer itself, so this is where the lexer is swapped.
 */
final class LiquidSyntax {
    private final TemplateParser settings;
    private final TemplateParser.ErrorMode errorMode;
    private final Set<String> blocks = new HashSet<>();
    private final Set<String> tags = new HashSet<>();

    /**
     * @param settings  the parser whose flavour, tags and blocks are used
     * @param errorMode Liqp's mode for the grammar: lax and warn let an output carry text after its
     *                  value ({@code {{ a b }}}), which Hyde reports itself
     */
    LiquidSyntax(TemplateParser settings, TemplateParser.ErrorMode errorMode) {
        this.settings = settings;
        this.errorMode = errorMode;
        for (Insertion insertion : settings.insertions.values()) {
            (insertion instanceof Block ? blocks : tags).add(insertion.getName());
        }
    }

    /** The parse tree of a whole template. @throws LiquidException for a syntax error */
    LiquidParser.ParseContext template(String text) {
        LiquidParser parser = parser(lexer(text));
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return parser.parse();
        } catch (RuntimeException e) {
            // SLL is fast but can fail on input LL parses: the same retry Liqp's Template does.
            parser = parser(lexer(text));
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            return parser.parse();
        }
    }

    /**
     * A lone value ({@code page.x}, {@code 3}, {@code true}) as Liquid reads one in a tag.
     *
     * @throws LiquidException when the text is not one whole value
     */
    LiquidParser.TermContext term(String text) {
        LiquidLexer lexer = lexer(text);
        lexer.pushMode(LiquidLexer.IN_TAG);
        LiquidParser parser = parser(lexer);
        LiquidParser.TermContext term = parser.term();
        Token next = parser.getCurrentToken();
        if (next.getType() != Token.EOF) {
            throw new LiquidException("unexpected '" + next.getText() + "' after a value", next.getLine(),
                    next.getCharPositionInLine(), null);
        }
        return term;
    }

    /**
     * Filters ({@code | name: args | name}) and nothing else, as in an output after its value.
     *
     * @throws LiquidException when the text is not only filters
     */
    java.util.List<LiquidParser.FilterContext> filters(String text) {
        LiquidLexer lexer = lexer(text);
        lexer.pushMode(LiquidLexer.IN_TAG);
        LiquidParser parser = parser(lexer);
        java.util.List<LiquidParser.FilterContext> filters = new java.util.ArrayList<>();
        while (parser.getCurrentToken().getType() == LiquidLexer.Pipe) {
            filters.add(parser.filter());
        }
        Token next = parser.getCurrentToken();
        if (next.getType() != Token.EOF) {
            throw new LiquidException("unexpected '" + next.getText() + "' after the filters", next.getLine(),
                    next.getCharPositionInLine(), null);
        }
        return filters;
    }

    private LiquidLexer lexer(String text) {
        LiquidLexer lexer = new HyphenatedNames(CharStreams.fromString(text), settings.liquidStyleInclude,
                settings.isStripSpacesAroundTags(), settings.isStripSingleLine(), blocks, tags);
        lexer.removeErrorListeners();
        lexer.addErrorListener(new Thrower("lexer"));
        return lexer;
    }

    private LiquidParser parser(LiquidLexer lexer) {
        LiquidParser parser = new LiquidParser(new CommonTokenStream(lexer), settings.liquidStyleInclude,
                settings.evaluateInOutputTag, errorMode);
        parser.removeErrorListeners();
        parser.addErrorListener(new Thrower("parser"));
        return parser;
    }

    /** Liqp's own error reporting: the first error ends the parse, with its position. */
    private static final class Thrower extends BaseErrorListener {
        private final String kind;

        Thrower(String kind) {
            this.kind = kind;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                                String msg, RecognitionException e) {
            throw new LiquidException(String.format("%s error \"%s\" on line %s, index %s", kind, msg, line,
                    charPositionInLine), line, charPositionInLine, e);
        }
    }
}
