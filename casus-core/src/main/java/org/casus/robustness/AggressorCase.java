package org.casus.robustness;

import java.math.BigInteger;
import java.util.List;

/**
 * One row of the robustness matrix: whether an arrangement can activate when one actor is the
 * aggressor, as the activation kernel decides, and what it then rests on.
 *
 * @param target         the protected state attacked, or null when none is left to attack
 * @param side           the aggressor and its declared allies (all vote no)
 * @param path           {@code individual}, {@code collective}, {@code delegated to ...} or {@code none}
 * @param blockers       who stops it, when it does not activate and someone does
 * @param coalitionCount the number of minimal coalitions of voters (or of guarantors acting
 *                       alone) that suffice; null when too many voters to enumerate
 * @param coalitions     those coalitions when counted
 * @param indispensable  the actors in every such coalition
 * @param obligations    the obligations the text makes, as {@code assist (individual)}
 * @param carveOuts      territories whose attack the arrangement does not cover
 * @param note           why it does not activate, or another qualification; null when none
 */
public record AggressorCase(String aggressor, String target, List<String> side, String path, boolean activates,
                            List<String> blockers, BigInteger coalitionCount, List<List<String>> coalitions,
                            List<String> indispensable, List<String> obligations, List<String> carveOuts,
                            String note) {
}
