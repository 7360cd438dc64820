package org.dreamloom.coding.notation;

/**
 * The HVdC object classes, each written as two letters. Every class here occurs in the women's norms cards (counts
 * in brackets, of 2,619 object codes); no other class does.
 */
public enum ObjectClass {
    /** Architecture, residential (houses, rooms) [380]. */
    AR("architecture: residential"),
    /** Architecture, vocational (offices, stores, schools) [132]. */
    AV("architecture: vocational"),
    /** Architecture, entertainment (theatres, ballrooms) [67]. */
    AE("architecture: entertainment"),
    /** Architecture, details (doors, stairs, windows) [186]. */
    AD("architecture: details"),
    /** Architecture, building materials [2]. */
    AB("architecture: building materials"),
    /** Architecture, industrial (factories, garages) [36]. */
    AI("architecture: industrial"),
    /** Architecture, miscellaneous (churches, hospitals, jails) [17]. */
    AM("architecture: miscellaneous"),
    /** Household articles (furniture, dishes) [265]. */
    HH("household"),
    /** Food and drink [53]. */
    FO("food"),
    /** Implements: weapons [20]. */
    IW("implements: weapons"),
    /** Implements: tools [7]. */
    IT("implements: tools"),
    /** Implements: recreation (sports gear, toys) [22]. */
    IR("implements: recreation"),
    /** Travel (cars, trains, planes) [220]. */
    TR("travel"),
    /** Streets, roads, sidewalks [115]. */
    ST("streets"),
    /** Regions (cities, countries, the countryside) [126]. */
    RG("regions"),
    /** Nature (trees, water, weather) [198]. */
    NA("nature"),
    /** Body parts: head [159]. */
    BH("body: head"),
    /** Body parts: extremities [92]. */
    BE("body: extremities"),
    /** Body parts: torso [34]. */
    BT("body: torso"),
    /** Body parts: anatomy (internal organs, blood) [29]. */
    BA("body: anatomy"),
    /** Body parts: sex organs [2]. */
    BS("body: sex organs"),
    /** Clothing [274]. */
    CL("clothing"),
    /** Communication (telephones, letters, books) [109]. */
    CM("communication"),
    /** Money [21]. */
    MO("money"),
    /** Miscellaneous [53]. */
    MS("miscellaneous");

    private final String description;

    ObjectClass(String description) {
        this.description = description;
    }

    /** A short English description of the class. */
    public String description() {
        return description;
    }

    /** True for the five body-part classes (BH BE BT BA BS). */
    public boolean isBodyPart() {
        return name().charAt(0) == 'B';
    }
}
