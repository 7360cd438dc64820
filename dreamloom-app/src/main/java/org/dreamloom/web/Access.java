package org.dreamloom.web;

/** Who may call a route: anybody, any logged-in account, or researchers only. */
public enum Access {
    PUBLIC, USER, RESEARCHER
}
