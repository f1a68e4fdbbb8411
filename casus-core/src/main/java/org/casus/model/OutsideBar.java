package org.casus.model;

/**
 * A way in which an arrangement bars or restricts help given outside it, so that a state helping
 * the protected state on another basis (collective self-defence under UN Charter Art. 51, a
 * bilateral treaty) would breach the arrangement.
 */
public enum OutsideBar {
    /** The guarantors must end treaties incompatible with it, bilateral military assistance included. */
    ENDS_INCOMPATIBLE_TREATIES,
    /** No foreign weapons may be placed in or supplied to the protected state. */
    BANS_FOREIGN_WEAPONS,
    /** No foreign forces or contingents may be in the protected state. */
    BANS_FOREIGN_FORCES,
    /** The text declares help outside the arrangement a breach of it. */
    OUTSIDE_AID_IS_BREACH
}
