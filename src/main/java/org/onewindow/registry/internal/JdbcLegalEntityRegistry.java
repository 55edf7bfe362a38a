package org.onewindow.registry.internal;

import java.util.List;
import java.util.Optional;
import org.onewindow.registry.LegalEntity;
import org.onewindow.registry.LegalEntityRegistry;
import org.onewindow.registry.RegistryRead;
import org.onewindow.registry.internal.LegalEntityRecords.Found;
import org.onewindow.registry.internal.RegistryReadRecorder.Registry;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.IdNumber;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds legal entities and logs each read against the legal representative it discloses. */
@Service
@Transactional
class JdbcLegalEntityRegistry implements LegalEntityRegistry {

    private final LegalEntityRecords entities;
    private final RegistryDataProtection data;
    private final RegistryReadRecorder recorder;

    JdbcLegalEntityRegistry(LegalEntityRecords entities, RegistryDataProtection data, RegistryReadRecorder recorder) {
        this.entities = entities;
        this.data = data;
        this.recorder = recorder;
    }

    @Override
    public Optional<LegalEntity> findByCreditCode(CreditCode creditCode, RegistryRead read) {
        Optional<Found> found = entities.findByCreditCode(creditCode);
        String subject = found.map(Found::legalRepresentativeIndex).orElse(null);
        recorder.record(read, Registry.LEGAL_ENTITY, subject, creditCode, found.isPresent());
        return found.map(Found::entity);
    }

    @Override
    public List<LegalEntity> findByLegalRepresentative(IdNumber legalRepresentative, RegistryRead read) {
        String subject = data.index(legalRepresentative);
        List<LegalEntity> represented = entities.findByLegalRepresentativeIndex(subject);
        recorder.record(read, Registry.LEGAL_ENTITY, subject, null, !represented.isEmpty());
        return represented;
    }
}
