package org.treatywatch.extract.syntax;

import java.util.BitSet;
import java.util.List;
import org.treatywatch.extract.claim.ActWords;
import org.treatywatch.extract.pipeline.AnnotatedText;
import org.treatywatch.extract.pipeline.Layers;
import org.treatywatch.extract.pipeline.Mention;
import org.treatywatch.extract.pipeline.Sentence;
import org.treatywatch.extract.pipeline.Token;

/**
 * Which sentences are worth a parse: those with an act word ({@link ActWords}) and a weapon (in any
 * sense but coal or data mining) or a treaty named in the sentence itself or the one before or
 * after it, as the claim rules' cross-sentence cases need ("It will start producing them next
 * year."). On {@code corpus/dev}, where every text is about mines or the treaties, 229 of its 359
 * sentences pass; on ordinary news that the trigger scan lets through, far fewer.
 */
final class SyntaxGate {
    private SyntaxGate() {}

    static BitSet sentencesToParse(AnnotatedText text) {
        List<Sentence> sentences = text.get(Layers.SENTENCES);
        List<Token> tokens = text.get(Layers.TOKENS);
        BitSet topic = new BitSet(sentences.size());
        for (Mention m : text.get(Layers.MENTIONS)) {
            if (isTopic(m) && m.firstToken() < tokens.size()) {
                topic.set(tokens.get(m.firstToken()).sentence());
            }
        }
        BitSet out = new BitSet(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            boolean near = topic.get(s) || s > 0 && topic.get(s - 1) || topic.get(s + 1);
            if (near && hasActWord(tokens, sentences.get(s))) {
                out.set(s);
            }
        }
        return out;
    }

    private static boolean isTopic(Mention m) {
        return switch (m.kind()) {
            case TREATY, TREATY_REF -> true;
            case WEAPON -> !Mention.WeaponSense.NOT_A_WEAPON.name().equals(m.code());
            default -> false;
        };
    }

    private static boolean hasActWord(List<Token> tokens, Sentence sentence) {
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            if (tokens.get(t).isWord() && ActWords.mayReportAct(tokens.get(t).norm())) {
                return true;
            }
        }
        return false;
    }
}
