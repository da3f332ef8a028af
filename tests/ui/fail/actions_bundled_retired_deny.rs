// The bundled data's own history: cvm's `DescribeReservedInstances` is no longer in
// tencentcloud-sdk-go 1.3.166 (a retired action, a deprecated enum), and tke's `DescribeAddon`
// no longer lists `ResourceUnavailable` (a retired code of a kept action, a deprecated variant).
// Naming either is denied here, with the note; the expansion itself raises no warning.
#![deny(deprecated)]

mod cvm {
    tencent_errors::tencent_errors!("cvm", actions = [DescribeReservedInstances, RunInstances]);
}

mod tke {
    tencent_errors::tencent_errors!("tke", actions = [DescribeAddon]);
}

fn main() {
    let _ = cvm::cvm_actions::RunInstancesError::ACTION;
    let _ = cvm::cvm_actions::DescribeReservedInstancesError::ACTION;
    let _ = tke::tke_actions::DescribeAddonError::ResourceUnavailable;
}
