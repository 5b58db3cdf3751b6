package org.attain.application.port.in;

import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.AuditLog;
import org.attain.domain.audit.AuditEntry;

/** The audit log, read by programme agents only, newest first. Nothing can change it. */
public interface ReadAuditLog {

  Page<AuditEntry> find(Actor actor, AuditLog.Filter filter, PageRequest request);
}
