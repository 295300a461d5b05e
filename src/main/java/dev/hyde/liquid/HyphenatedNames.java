package dev.hyde.liquid;

import liqp.org.antlr.v4.runtime.CharStream;
import liqp.org.antlr.v4.runtime.CommonToken;
import liqp.org.antlr.v4.runtime.Token;
import liqp.org.antlr.v4.runtime.misc.Interval;
import liquid.parser.v4.LiquidLexer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Liqp's lexer, with Liquid's names: Liquid reads {@code [a-zA-Z_][\w-]*} as one name, so
 * {@code page.min-kubernetes-server-version} looks up {@code min-kubernetes-server-version}. Liqp
 * reads a dotted chain only up to the first hyphen ({@code page.min}, then minus, then
 * {@code kubernetes-server-version}), which renders nothing and breaks tags. This lexer joins a
 * name and the minus and name (or negative number) written right after it, without space, into
 * one name; {@code a - b} with spaces is left alone. Token positions are the source's, so
 * diagnostics keep their lines and columns.
 */
final class HyphenatedNames extends LiquidLexer {
    private static final Set<Integer> NAME_PARTS = Set.of(Id, LongNum, Contains, In, And, Or, True, False, Nil, With,
            Offset, Continue, Reversed, Empty, Blank);

    private final List<Token> ahead = new ArrayList<>();

    HyphenatedNames(CharStream input, boolean liquidStyleInclude, boolean stripSpacesAroundTags,
                    boolean stripSingleLine, Set<String> blocks, Set<String> tags) {
        super(input, liquidStyleInclude, stripSpacesAroundTags, stripSingleLine, blocks, tags);
    }

    @Override
    public Token nextToken() {
        Token token = take();
        if (token.getType() != Id) {
            return token;
        }
        while (true) {
            Token next = peek(0);
            if (next.getType() == LongNum && next.getText().startsWith("-") && touching(token, next)) {
                token = joined(token, take());
            } else if (next.getType() == Minus && touching(token, next) && NAME_PARTS.contains(peek(1).getType())
                    && touching(next, peek(1)) && peek(1).getText().matches("[\\w-]+")) {
                take();
                token = joined(token, take());
            } else {
                return token;
            }
        }
    }

    private Token take() {
        return ahead.isEmpty() ? super.nextToken() : ahead.remove(0);
    }

    private Token peek(int index) {
        while (ahead.size() <= index) {
            ahead.add(super.nextToken());
        }
        return ahead.get(index);
    }

    private static boolean touching(Token before, Token after) {
        return after.getStartIndex() == before.getStopIndex() + 1 && after.getType() != Token.EOF;
    }

    private Token joined(Token first, Token last) {
        CommonToken token = new CommonToken(first);
        token.setType(Id);
        token.setStopIndex(last.getStopIndex());
        token.setText(_input.getText(Interval.of(first.getStartIndex(), last.getStopIndex())));
        return token;
    }
}
