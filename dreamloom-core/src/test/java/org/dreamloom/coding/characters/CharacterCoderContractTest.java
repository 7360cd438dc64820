package org.dreamloom.coding.characters;

import org.dreamloom.coding.Coder;
import org.dreamloom.coding.CoderContractTest;

class CharacterCoderContractTest extends CoderContractTest {
    @Override
    protected Coder coder() {
        return new CharacterCoder();
    }

    @Override
    protected String reportWithCodes() {
        return "My mother and a policeman talked to some children. She laughed and a dog barked.";
    }
}
