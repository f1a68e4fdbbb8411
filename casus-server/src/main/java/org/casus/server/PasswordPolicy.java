package org.casus.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;
import org.casus.CasusException;

/**
 * What a password must be (OWASP ASVS 4.0, V2.1): 12 to 128 characters, any characters, not
 * only spaces, not containing the user's name (of four or more letters), and hard enough to guess by the estimate of nbvcxz (a
 * zxcvbn-style estimator whose dictionaries, shipped in its jar, include common passwords,
 * names and English words; the user's name is added as a word of its own).
 */
final class PasswordPolicy {
    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    /** Names this long or longer may not appear in the password; shorter ones are common syllables. */
    private static final int MIN_NAME_IN_PASSWORD = 4;

    private PasswordPolicy() {
    }

    /** Refuses {@code password} for {@code name} with the reason. */
    static void check(String name, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new CasusException("a password needs " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        if (password.isBlank()) {
            throw new CasusException("a password cannot be only spaces");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (name != null && (lower.equals(name.toLowerCase(Locale.ROOT))
                || name.length() >= MIN_NAME_IN_PASSWORD && lower.contains(name.toLowerCase(Locale.ROOT)))) {
            throw new CasusException("a password cannot contain the user's name");
        }
        List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        if (name != null) {
            dictionaries.add(new DictionaryBuilder().setDictionaryName("user").setExclusion(true).addWord(name, 0)
                    .createDictionary());
        }
        Result result = new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries).createConfiguration())
                .estimate(password);
        if (!result.isMinimumEntropyMet()) {
            String warning = result.getFeedback().getWarning();
            throw new CasusException("this password is too easy to guess" + (warning == null || warning.isBlank()
                    ? "" : ": " + warning.toLowerCase(Locale.ROOT).replaceAll("\\.$", "")));
        }
    }
}
