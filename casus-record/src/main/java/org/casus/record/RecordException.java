package org.casus.record;

import org.casus.CasusException;

/** Bad input to the record, or a change that lost a race: says what and changes nothing. */
public class RecordException extends CasusException {
    public RecordException(String message) {
        super(message);
    }
}
