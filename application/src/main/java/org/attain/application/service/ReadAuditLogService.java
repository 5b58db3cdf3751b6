package org.attain.application.service;

import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.ReadAuditLog;
import org.attain.application.port.out.AuditLog;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.audit.AuditEntry;

/** Reads the audit log for programme agents. */
public final class ReadAuditLogService implements ReadAuditLog {

  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;

  public ReadAuditLogService(AuditLog auditLog, UnitOfWork unitOfWork) {
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Page<AuditEntry> find(Actor actor, AuditLog.Filter filter, PageRequest request) {
    Access.requireAgent(actor);
    return unitOfWork.read(() -> auditLog.find(filter, request));
  }
}
