package org.casus.server.ui;

/** The same analyst and viewer tasks on a phone's screen. */
class WorkbenchTasksOnAPhoneInChromiumTest extends WorkbenchTasksInChromiumTest implements OnAPhone {
}
