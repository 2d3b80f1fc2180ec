package org.treatywatch.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.Weapon;

class WeaponFinderTest {

    private static Set<Weapon> weaponsAt(String text, String word) {
        StageFixture f = new StageFixture(text);
        int t = f.token(word);
        return new WeaponFinder(f.layers).weaponsOf(f.sentenceIndex(t), f.sentenceOf(t), t, f.act(t));
    }

    @Test
    void objectAfterTheVerb() {
        assertThat(weaponsAt("Poland will produce anti-personnel mines.", "produce")).containsExactly(Weapon.AP_MINE);
        assertThat(weaponsAt("Poland will produce anti-tank mines.", "produce")).containsExactly(Weapon.AT_MINE);
    }

    @Test
    void passive_takesTheFrontedWeapon() {
        assertThat(weaponsAt("Tens of thousands of anti-personnel mines will be ordered.", "ordered"))
                .containsExactly(Weapon.AP_MINE);
    }

    @Test
    void generalVerb_takesOnlyTheWeaponNearIt() {
        // "buy" needs its weapon near it: the mines of the next clause are not what is bought
        assertThat(weaponsAt("Poland will buy drones; its old anti-personnel mines will be destroyed.", "buy")).isEmpty();
    }

    @Test
    void anaphor_takesTheWeaponNamedBefore() {
        assertThat(weaponsAt("Finland holds anti-personnel mines. It will destroy them.", "destroy"))
                .containsExactly(Weapon.AP_MINE);
    }

    @Test
    void stocksHeldByStates_withNoWeaponNear_areTheArticlesWeapon() {
        String before = "The Mine Ban Treaty bans anti-personnel mines. Its monitor reported in June. The report was long."
                + " It was read widely. ";
        assertThat(weaponsAt(before + "The largest stockpiles continue to be held by Russia and China.", "stockpiles"))
                .containsExactly(Weapon.AP_MINE);
        // near miss: stocks that nobody is said to hold
        assertThat(weaponsAt(before + "The largest stockpiles are a worry.", "stockpiles")).isEmpty();
    }
}
