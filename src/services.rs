//! The error enums of every bundled service, expanded once (feature `services`).
//!
//! Each module holds what `tencent_errors!("<service>")` generates, so these docs show the real
//! generated API: a variant per code with its description, code, category and retry class, and
//! a summary of the code families on the enum's page. Expanding all of them takes a while,
//! which is why the feature is off by default; in your own crate, expand just the services you
//! call:
//!
//! ```
//! tencent_errors::tencent_errors!("cvm");
//! # let _ = CvmError::ALL;
//! ```
//!
//! or use these (`tencent_errors::services::cvm::CvmError`) with the feature on.

pub mod r#as {
    //! Auto Scaling (AS): [`AsError`], from the bundled page `as.md`.

    crate::tencent_errors!("as");
}

pub mod cam {
    //! Cloud Access Management (CAM): [`CamError`], from the bundled page `cam.md`.

    crate::tencent_errors!("cam");
}

pub mod cbs {
    //! Cloud Block Storage (CBS): [`CbsError`], from the bundled page `cbs.md`.

    crate::tencent_errors!("cbs");
}

pub mod cdb {
    //! TencentDB for MySQL (CDB): [`CdbError`], from the bundled page `cdb.md`.

    crate::tencent_errors!("cdb");
}

pub mod ckafka {
    //! Cloud Kafka (CKafka): [`CkafkaError`], from the bundled page `ckafka.md`.

    crate::tencent_errors!("ckafka");
}

pub mod clb {
    //! Cloud Load Balancer (CLB): [`ClbError`], from the bundled page `clb.md`.

    crate::tencent_errors!("clb");
}

pub mod cls {
    //! Cloud Log Service (CLS): [`ClsError`], from the bundled page `cls.md`.

    crate::tencent_errors!("cls");
}

pub mod cvm {
    //! Cloud Virtual Machine (CVM): [`CvmError`], from the bundled page `cvm.md`.

    crate::tencent_errors!("cvm");
}

pub mod dc {
    //! Direct Connect (DC): [`DcError`], from the bundled page `dc.md`.

    crate::tencent_errors!("dc");
}

pub mod dnspod {
    //! DNSPod: [`DnspodError`], from the bundled page `dnspod.md`.

    crate::tencent_errors!("dnspod");
}

pub mod es {
    //! Elasticsearch Service (ES): [`EsError`], from the bundled page `es.md`.

    crate::tencent_errors!("es");
}

pub mod gaap {
    //! Global Application Acceleration Platform (GAAP): [`GaapError`], from the bundled page `gaap.md`.

    crate::tencent_errors!("gaap");
}

pub mod lighthouse {
    //! Lighthouse: [`LighthouseError`], from the bundled page `lighthouse.md`.

    crate::tencent_errors!("lighthouse");
}

pub mod mongodb {
    //! TencentDB for MongoDB: [`MongodbError`], from the bundled page `mongodb.md`.

    crate::tencent_errors!("mongodb");
}

pub mod monitor {
    //! Cloud Monitor: [`MonitorError`], from the bundled page `monitor.md`.

    crate::tencent_errors!("monitor");
}

pub mod mps {
    //! Media Processing Service (MPS): [`MpsError`], from the bundled page `mps.md`.

    crate::tencent_errors!("mps");
}

pub mod postgres {
    //! TencentDB for PostgreSQL: [`PostgresError`], from the bundled page `postgres.md`.

    crate::tencent_errors!("postgres");
}

pub mod redis {
    //! TencentDB for Redis: [`RedisError`], from the bundled page `redis.md`.

    crate::tencent_errors!("redis");
}

pub mod scf {
    //! Serverless Cloud Function (SCF): [`ScfError`], from the bundled page `scf.md`.

    crate::tencent_errors!("scf");
}

pub mod ssl {
    //! SSL Certificates: [`SslError`], from the bundled page `ssl.md`.

    crate::tencent_errors!("ssl");
}

pub mod sts {
    //! Security Token Service (STS): [`StsError`], from the bundled page `sts.md`.

    crate::tencent_errors!("sts");
}

pub mod tat {
    //! TencentCloud Automation Tools (TAT): [`TatError`], from the bundled page `tat.md`.

    crate::tencent_errors!("tat");
}

pub mod tcr {
    //! Tencent Container Registry (TCR): [`TcrError`], from the bundled page `tcr.md`.

    crate::tencent_errors!("tcr");
}

pub mod tke {
    //! Tencent Kubernetes Engine (TKE): [`TkeError`], from the bundled page `tke.md`.

    crate::tencent_errors!("tke");
}

pub mod vpc {
    //! Virtual Private Cloud (VPC): [`VpcError`], from the bundled page `vpc.md`.

    crate::tencent_errors!("vpc");
}
