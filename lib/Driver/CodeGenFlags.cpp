//===- CodeGenFlags.cpp - CodeGenOptions from llc's flags -----------------===//

#include "parcg/CodeGenFlags.h"
#include "llvm/CodeGen/CommandFlags.h"
#include "llvm/IR/Module.h"

using namespace llvm;

parcg::CodeGenOptions parcg::codeGenOptionsFromFlags(CodeGenOptLevel OptLevel,
                                                     bool AsmVerbose) {
  CodeGenOptions CG;
  CG.OptLevel = OptLevel;
  CG.Arch = codegen::getMArch();
  CG.CPU = codegen::getCPUStr();
  CG.Features = codegen::getFeaturesStr();
  CG.RelocModel = codegen::getExplicitRelocModel();
  CG.CodeModel = codegen::getExplicitCodeModel();
  CG.LargeDataThreshold = codegen::getExplicitLargeDataThreshold();
  CG.FloatABIForCalls = codegen::getFloatABIForCalls();
  CG.FileType = codegen::getFileType();
  CG.MakeTargetOptions = [AsmVerbose](const Triple &TT) {
    TargetOptions O = codegen::InitTargetOptionsFromCodeGenFlags(TT);
    // What llc adds on top of the registered flags, at its defaults.
    O.MCOptions.AsmVerbose = AsmVerbose;
    O.MCOptions.PreserveAsmComments = true;
    O.MCOptions.MCUseDwarfDirectory = MCTargetOptions::DefaultDwarfDirectory;
    return O;
  };
  std::string CPU = CG.CPU, Features = CG.Features;
  CG.SetFunctionAttributes = [CPU, Features](Module &M) {
    codegen::setFunctionAttributes(CPU, Features, M);
  };
  return CG;
}
