package app.alongside.signal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An {@link AcknowledgementStore} in memory, for tests of what reads and writes acknowledgements. */
public final class InMemoryAcknowledgementStore implements AcknowledgementStore {

    private final Map<String, Acknowledgement> byKey = new LinkedHashMap<>();

    @Override
    public void save(Acknowledgement acknowledgement) {
        byKey.put(key(acknowledgement.subject(), acknowledgement.kind()), acknowledgement);
    }

    @Override
    public List<Acknowledgement> about(SignalSubject subject) {
        return byKey.values().stream().filter(a -> a.subject().equals(subject)).toList();
    }

    @Override
    public boolean remove(SignalSubject subject, SignalKind kind) {
        return byKey.remove(key(subject, kind)) != null;
    }

    @Override
    public int eraseUser(String userKey) {
        int erased = 0;
        for (Map.Entry<String, Acknowledgement> entry : new ArrayList<>(byKey.entrySet())) {
            Acknowledgement a = entry.getValue();
            if (a.by().equals(userKey)) {
                entry.setValue(new Acknowledgement(a.kind(), a.subject(), a.spaceKey(), a.note(),
                        Acknowledgement.ERASED, a.at(), a.decidedOn()));
                erased++;
            }
        }
        return erased;
    }

    public List<Acknowledgement> all() {
        return List.copyOf(byKey.values());
    }

    private static String key(SignalSubject subject, SignalKind kind) {
        return subject.key() + "|" + kind.code();
    }
}
