package org.treatywatch.extract.mention;

import java.util.List;
import java.util.Map;

/**
 * Names of the treaties Treatywatch follows (CODEBOOK.md table: APMBC, CCM) and of others that must
 * not be mistaken for them ("the Vienna Convention on the Law of Treaties", "the New START treaty"),
 * so that a later "the treaty" refers to the right one.
 */
public interface TreatyLexicon {

    /** Treaty code to the names news uses for it. */
    Map<String, List<String>> names();

    /** Names of treaties that make no claim (mapped to a null code). */
    List<String> otherTreaties();

    static TreatyLexicon standard() {
        return Standard.INSTANCE;
    }

    final class Standard implements TreatyLexicon {
        static final Standard INSTANCE = new Standard();

        private Standard() {}

        @Override
        public Map<String, List<String>> names() {
            return Map.of(
                    "APMBC", List.of("Ottawa Convention", "Ottawa treaty", "Ottawa accord", "Ottawa agreement",
                            "Ottawa mine ban treaty", "Ottawa Mine Ban Convention", "Mine Ban Treaty", "Mine Ban Convention",
                            "mine-ban treaty", "mine-ban convention", "landmine treaty", "landmine ban treaty",
                            "landmines treaty", "land mine treaty", "landmine convention", "landmine ban",
                            "anti-personnel mine ban convention", "anti-personnel mine ban treaty",
                            "antipersonnel mine ban convention", "anti-personnel mines convention",
                            "anti-personnel landmine treaty", "APMBC", "Anti-Personnel Mine Ban Convention",
                            "Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction",
                            "treaty banning anti-personnel mines", "treaty banning landmines",
                            "treaty banning anti-personnel landmines", "convention banning anti-personnel mines"),
                    "CCM", List.of("Convention on Cluster Munitions", "cluster munitions convention",
                            "cluster munition convention", "cluster munitions treaty", "cluster munition treaty",
                            "cluster bomb treaty", "cluster bombs treaty", "cluster bomb ban", "cluster munitions ban",
                            "cluster munition ban", "cluster convention", "cluster treaty", "cluster ban treaty", "Oslo Convention",
                            "Oslo treaty", "CCM",
                            "treaty banning cluster munitions", "treaty banning cluster bombs",
                            "convention banning cluster munitions"));
        }

        @Override
        public List<String> otherTreaties() {
            return List.of("Vienna Convention", "Vienna Convention on the Law of Treaties", "Geneva Convention",
                    "Geneva Conventions", "Chemical Weapons Convention", "Biological Weapons Convention",
                    "Convention on Certain Conventional Weapons", "CCW", "Arms Trade Treaty", "ATT", "New START treaty",
                    "New START", "INF treaty", "Non-Proliferation Treaty", "NPT", "North Atlantic Treaty",
                    "Washington Treaty", "Treaty on the Prohibition of Nuclear Weapons", "Lisbon Treaty",
                    "Montreux Convention", "Outer Space Treaty", "Open Skies Treaty", "CFE treaty",
                    "Treaty on Conventional Armed Forces in Europe", "Maastricht Treaty", "Rome Statute",
                    "Schengen", "peace treaty", "European Convention on Human Rights", "Paris Agreement",
                    "UN Charter", "Charter", "Amended Protocol II", "Protocol II", "nuclear treaty",
                    "arms control treaty", "security pact", "defence pact", "defense pact", "trade pact",
                    "trade agreement", "grain deal", "ceasefire agreement");
        }
    }
}
