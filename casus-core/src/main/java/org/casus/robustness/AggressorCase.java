package org.casus.robustness;

import java.math.BigInteger;
import java.util.List;

/**
 * Whether an arrangement can activate when one actor is the aggressor, and what it then rests on.
 *
 * @param side               the aggressor and its declared allies (all vote no)
 * @param path               {@code individual}, {@code collective}, {@code delegated} (to a council),
 *                           {@code none} (no obligation to aid) or {@code unspecified}
 * @param activates          whether it can activate at all; null when the text does not say how
 * @param coalitionCount     the number of minimal coalitions of voters (or of guarantors acting
 *                           alone) that suffice; null when too many voters to enumerate
 * @param coalitions         those coalitions when few
 * @param indispensable      the actors in every such coalition
 * @param obligations        the obligations that apply, as {@code assist (individual)}
 * @param carveOuts          territories whose attack the arrangement does not cover
 * @param note               a qualification (trigger limited to other adversaries, not covered, ...)
 */
public record AggressorCase(String aggressor, List<String> side, String path, Boolean activates,
                            BigInteger coalitionCount, List<List<String>> coalitions, List<String> indispensable,
                            List<String> obligations, List<String> carveOuts, String note) {
}
