package org.casus.record.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.casus.record.Modality;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModalityCuesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Guarantors must act within three days                 | demand
            We demand a veto for every guarantor                  | demand
            We accept a cap of 85,000 troops                      | accept
            We will never accept a cap on our army                | reject
            Kyiv would never agree to give up territory           | reject
            Ukraine will never join a bloc against us             | reject
            Russia will never pose a threat to Europe             | interpretation
            Foreign troops are unacceptable                       | reject
            We will not accept foreign troops                     | reject
            We reject any veto                                    | reject
            Only if the guarantees are binding                    | condition
            Neutrality, on condition that guarantees are ratified | condition
            The sides agreed on a list of guarantors              | claims-agreement
            We are ready to discuss neutrality                    | offer
            We propose a collective decision                      | offer
            We never agreed to give up Crimea                     | deny
            That is not true                                      | deny
            Russia denies that there was a deal                   | deny
            The talks have not reached an agreement               | deny
            The guarantors will meet in Geneva                    | interpretation
            """)
    void cue_words_give_the_modality(String sentence, String modality) {
        assertThat(ModalityCues.of(sentence)).isEqualTo(modality);
    }

    @ParameterizedTest
    @CsvSource({"must", "reject it", "only if", "agreed", "ready to", "accept", "not true", "nothing"})
    void every_modality_is_one_the_record_knows(String sentence) {
        assertThat(Modality.of(ModalityCues.of(sentence))).isPresent();
    }
}
